#!/usr/bin/env python3
"""Lists function definitions in C++ files with their length in lines (definition line to the
closing brace), longest first. A definition is a line in column 0 (or 2 in a namespace-less
class) that ends with '{' after a ')' and whose closing brace is the next '}' in the same
column. Usage: scripts/function_sizes.py FILE... [--top N]
(e.g. scripts/function_sizes.py src/*/*.cc --top 12)"""
import re, sys
args = [a for a in sys.argv[1:] if not a.startswith('--')]
top = int(sys.argv[sys.argv.index('--top') + 1]) if '--top' in sys.argv else 20
args = [a for a in args if not a.isdigit()]
rows = []
for path in args:
    lines = open(path).read().split('\n')
    i = 0
    while i < len(lines):
        l = lines[i]
        m = re.match(r'^(\S[^;]*?)\b(\w+)\(', l)
        if m and not l.startswith(('#', '//', 'namespace', 'struct', 'class', 'enum', 'template', 'using')):
            if l.rstrip().endswith('}'):  # a one-line definition
                rows.append((1, path, i + 1, m.group(2)))
                i += 1
                continue
            # find the '{' that opens the body (possibly on a later line of the signature)
            j = i
            while j < len(lines) and not lines[j].rstrip().endswith('{') and not lines[j].rstrip().endswith(';'):
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith('{'):
                k = j + 1
                while k < len(lines) and lines[k] != '}':
                    k += 1
                rows.append((k - i + 1, path, i + 1, m.group(2)))
                i = k
        i += 1
rows.sort(reverse=True)
for n, p, ln, name in rows[:top]:
    print(f'{n:5d}  {name:32s} {p}:{ln}')

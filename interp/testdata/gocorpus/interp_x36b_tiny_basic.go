package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Basic struct {
	lines  map[int]string
	order  []int
	vars   map[string]int
	out    []string
	forStk []forFrame
}

type forFrame struct {
	v        string
	limit    int
	bodyLine int
}

func Load(src string) (*Basic, error) {
	b := &Basic{lines: map[int]string{}, vars: map[string]int{}}
	for _, l := range strings.Split(strings.TrimSpace(src), "\n") {
		num, stmt, _ := strings.Cut(strings.TrimSpace(l), " ")
		n, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("missing line number: %q", l)
		}
		b.lines[n] = strings.TrimSpace(stmt)
	}
	for n := range b.lines {
		b.order = append(b.order, n)
	}
	sort.Ints(b.order)
	return b, nil
}

func (b *Basic) expr(s string) int {
	s = strings.TrimSpace(s)
	for _, op := range []string{"+", "-", "*", "/", "%"} {
		if i := strings.LastIndex(s, op); i > 0 {
			l, r := b.expr(s[:i]), b.expr(s[i+1:])
			switch op {
			case "+":
				return l + r
			case "-":
				return l - r
			case "*":
				return l * r
			case "/":
				return l / r
			case "%":
				return l % r
			}
		}
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	v, ok := b.vars[s]
	if !ok {
		panic(fmt.Sprintf("undefined variable %s", s))
	}
	return v
}

func (b *Basic) cond(s string) bool {
	for _, op := range []string{"<=", ">=", "<>", "<", ">", "="} {
		if l, r, ok := strings.Cut(s, op); ok {
			x, y := b.expr(l), b.expr(r)
			return map[string]bool{"<=": x <= y, ">=": x >= y, "<>": x != y, "<": x < y, ">": x > y, "=": x == y}[op]
		}
	}
	panic("bad condition " + s)
}

func (b *Basic) Run(limit int) (err error) {
	pc := 0
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("line %d: %v", b.order[pc], r)
		}
	}()
	for steps := 0; pc < len(b.order); steps++ {
		if steps == limit {
			return fmt.Errorf("step limit reached at line %d", b.order[pc])
		}
		stmt := b.lines[b.order[pc]]
		kw, rest, _ := strings.Cut(stmt, " ")
		next := pc + 1
		switch strings.ToUpper(kw) {
		case "LET":
			name, e, _ := strings.Cut(rest, "=")
			b.vars[strings.TrimSpace(name)] = b.expr(e)
		case "PRINT":
			var parts []string
			for _, p := range strings.Split(rest, ";") {
				if p = strings.TrimSpace(p); strings.HasPrefix(p, `"`) {
					parts = append(parts, strings.Trim(p, `"`))
				} else {
					parts = append(parts, strconv.Itoa(b.expr(p)))
				}
			}
			b.out = append(b.out, strings.Join(parts, ""))
		case "IF":
			c, target, _ := strings.Cut(rest, "THEN")
			if b.cond(c) {
				next = sort.SearchInts(b.order, b.expr(target))
			}
		case "GOTO":
			next = sort.SearchInts(b.order, b.expr(rest))
		case "FOR":
			asg, lim, _ := strings.Cut(rest, "TO")
			name, e, _ := strings.Cut(asg, "=")
			name = strings.TrimSpace(name)
			b.vars[name] = b.expr(e)
			b.forStk = append(b.forStk, forFrame{name, b.expr(lim), next})
		case "NEXT":
			top := &b.forStk[len(b.forStk)-1]
			if b.vars[top.v]++; b.vars[top.v] <= top.limit {
				next = top.bodyLine
			} else {
				b.forStk = b.forStk[:len(b.forStk)-1]
			}
		case "END":
			return nil
		default:
			panic(fmt.Sprintf("syntax error: %q", stmt))
		}
		pc = next
	}
	return nil
}

func main() {
	progs := []string{
		"10 LET N = 10\n20 LET A = 0\n30 LET B = 1\n40 PRINT \"fib \"; A\n50 LET T = A + B\n60 LET A = B\n70 LET B = T\n80 LET N = N - 1\n90 IF N > 0 THEN 40\n100 END",
		"10 FOR I = 1 TO 3\n20 FOR J = 1 TO I\n30 PRINT I; \"x\"; J; \"=\"; I * J\n40 NEXT\n50 NEXT\n60 PRINT \"done\"",
		"10 LET X = 1\n20 PRINT Y + X",
		"10 LET X = 10 / 0",
		"10 GOTO 10",
		"10 JUMP 20",
		"PRINT 1",
	}
	for i, src := range progs {
		b, err := Load(src)
		if err == nil {
			err = b.Run(500)
			fmt.Printf("prog %d: %s\n", i, strings.Join(b.out, " | "))
		}
		if err != nil {
			fmt.Printf("prog %d error: %v\n", i, err)
		}
	}
}

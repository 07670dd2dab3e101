package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type RuntimeError struct {
	Line int
	Msg  string
}

func (e RuntimeError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type haltSignal struct{ code int }

type Machine struct {
	vars  map[string]int
	out   []string
	line  int
	trace bool
}

func (m *Machine) fail(format string, args ...any) {
	panic(RuntimeError{m.line, fmt.Sprintf(format, args...)})
}

func (m *Machine) value(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	v, ok := m.vars[s]
	if !ok {
		m.fail("undefined variable %q", s)
	}
	return v
}

func (m *Machine) exec(stmt string) {
	f := strings.Fields(stmt)
	switch f[0] {
	case "set":
		m.vars[f[1]] = m.value(f[2])
	case "div":
		d := m.value(f[2])
		m.vars[f[1]] /= d
	case "print":
		m.out = append(m.out, fmt.Sprint(m.value(f[1])))
	case "halt":
		panic(haltSignal{m.value(f[1])})
	case "index":
		arr := []int{10, 20, 30}
		m.vars[f[1]] = arr[m.value(f[2])]
	default:
		m.fail("unknown instruction %s", f[0])
	}
}

func (m *Machine) Run(src string) (code int, err error) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case haltSignal:
			code = r.code
		case RuntimeError:
			err = r
		case error:
			err = fmt.Errorf("line %d: runtime panic: %w", m.line, r)
		default:
			panic(r)
		}
	}()
	for i, l := range strings.Split(strings.TrimSpace(src), "\n") {
		m.line = i + 1
		m.exec(strings.TrimSpace(l))
	}
	return 0, nil
}

func main() {
	progs := []string{
		"set x 10\nprint x\nset y 3\ndiv x y\nprint x",
		"set x 1\nprint y",
		"set x 5\nset z 0\ndiv x z",
		"print 7\nhalt 3\nprint 8",
		"index a 5",
		"jump 4",
	}
	for _, p := range progs {
		m := &Machine{vars: map[string]int{}}
		code, err := m.Run(p)
		fmt.Printf("code=%d out=%v err=%v\n", code, m.out, err)
		var re RuntimeError
		if errors.As(err, &re) {
			fmt.Println("  runtime error at line", re.Line)
		}
		var rte interface{ RuntimeError() }
		if errors.As(err, &rte) {
			fmt.Println("  go runtime error:", strings.SplitN(err.Error(), ": ", 2)[1])
		}
	}
}

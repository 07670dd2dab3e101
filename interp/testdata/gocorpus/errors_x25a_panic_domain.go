package main

import (
	"errors"
	"fmt"
	"math"
)

type DomainError struct {
	Op  string
	Arg float64
}

func (e DomainError) Error() string { return fmt.Sprintf("%s undefined at %g", e.Op, e.Arg) }

type V struct{ d, g float64 }

func logv(x *V) *V {
	if x.d <= 0 {
		panic(DomainError{"log", x.d})
	}
	return &V{d: math.Log(x.d)}
}

func div(a, b *V) *V {
	if b.d == 0 {
		panic(errors.New("division by zero node"))
	}
	return &V{d: a.d / b.d}
}

func safeEval(name string, f func() *V) (v *V, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case DomainError:
				err = fmt.Errorf("%s: %w", name, e)
			case error:
				err = fmt.Errorf("%s: runtime: %w", name, e)
			default:
				err = fmt.Errorf("%s: %v", name, r)
			}
		}
	}()
	return f(), nil
}

func main() {
	cases := []struct {
		name string
		f    func() *V
	}{
		{"log(2)", func() *V { return logv(&V{d: 2}) }},
		{"log(-1)", func() *V { return logv(&V{d: -1}) }},
		{"1/0", func() *V { return div(&V{d: 1}, &V{d: 0}) }},
		{"idx", func() *V { s := []*V{}; i := 3; return s[i] }},
		{"str", func() *V { panic("custom string panic") }},
	}
	for _, c := range cases {
		v, err := safeEval(c.name, c.f)
		if err != nil {
			fmt.Println("error:", err)
			var de DomainError
			if errors.As(err, &de) {
				fmt.Printf("  domain op=%s arg=%v\n", de.Op, de.Arg)
			}
			continue
		}
		fmt.Printf("%s = %.6f\n", c.name, v.d)
	}
}

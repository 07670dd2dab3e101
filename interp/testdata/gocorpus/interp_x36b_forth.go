package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Forth struct {
	stack []int
	words map[string]func(*Forth) error
	user  map[string][]string
	out   strings.Builder
}

var errUnderflow = errors.New("stack underflow")

func (f *Forth) push(v int) { f.stack = append(f.stack, v) }

func (f *Forth) pop() (int, error) {
	if len(f.stack) == 0 {
		return 0, errUnderflow
	}
	v := f.stack[len(f.stack)-1]
	f.stack = f.stack[:len(f.stack)-1]
	return v, nil
}

func binary(op func(a, b int) (int, error)) func(*Forth) error {
	return func(f *Forth) error {
		b, err1 := f.pop()
		a, err2 := f.pop()
		if err1 != nil || err2 != nil {
			return errUnderflow
		}
		r, err := op(a, b)
		if err == nil {
			f.push(r)
		}
		return err
	}
}

func NewForth() *Forth {
	f := &Forth{words: map[string]func(*Forth) error{}, user: map[string][]string{}}
	f.words["+"] = binary(func(a, b int) (int, error) { return a + b, nil })
	f.words["*"] = binary(func(a, b int) (int, error) { return a * b, nil })
	f.words["/"] = binary(func(a, b int) (int, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	})
	f.words["dup"] = func(f *Forth) error {
		v, err := f.pop()
		if err == nil {
			f.push(v)
			f.push(v)
		}
		return err
	}
	f.words["drop"] = func(f *Forth) error { _, err := f.pop(); return err }
	f.words["swap"] = func(f *Forth) error {
		b, err1 := f.pop()
		a, err2 := f.pop()
		if err := errors.Join(err1, err2); err != nil {
			return errUnderflow
		}
		f.push(b)
		f.push(a)
		return nil
	}
	f.words["."] = func(f *Forth) error {
		v, err := f.pop()
		if err == nil {
			fmt.Fprintf(&f.out, "%d ", v)
		}
		return err
	}
	return f
}

func (f *Forth) Eval(line string) error {
	toks := strings.Fields(strings.ToLower(line))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == ":" {
			end := -1
			for j := i + 1; j < len(toks); j++ {
				if toks[j] == ";" {
					end = j
					break
				}
			}
			if end < i+2 {
				return errors.New("bad definition")
			}
			name := toks[i+1]
			var body []string
			for _, w := range toks[i+2 : end] {
				if def, ok := f.user[w]; ok {
					body = append(body, def...) // expand now, like real Forth
				} else {
					body = append(body, w)
				}
			}
			f.user[name] = body
			i = end
			continue
		}
		if def, ok := f.user[t]; ok {
			if err := f.Eval(strings.Join(def, " ")); err != nil {
				return fmt.Errorf("in %s: %w", t, err)
			}
			continue
		}
		if w, ok := f.words[t]; ok {
			if err := w(f); err != nil {
				return err
			}
			continue
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return fmt.Errorf("undefined word %q", t)
		}
		f.push(n)
	}
	return nil
}

func main() {
	f := NewForth()
	for _, line := range []string{
		"1 2 3 + + .",
		": square dup * ;",
		": cube dup square * ;",
		"3 cube . 4 square .",
		": foo 5 ;  : bar foo ;  : foo 6 ;",
		"bar foo + .",
		"10 3 / . 10 0 /",
		"1 2 swap . .",
		"drop",
		"1 frob",
	} {
		err := f.Eval(line)
		fmt.Printf("%-32s | %-14s| stack=%v", line, f.out.String(), f.stack)
		if err != nil {
			fmt.Printf(" error=%v underflow=%v", err, errors.Is(err, errUnderflow))
		}
		fmt.Println()
		f.out.Reset()
	}
}

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cmd func(args []string) (string, error)

type Decorator func(Cmd) Cmd

func Chain(c Cmd, ds ...Decorator) Cmd {
	for i := len(ds) - 1; i >= 0; i-- {
		c = ds[i](c)
	}
	return c
}

func Logging(out *[]string, name string) Decorator {
	return func(next Cmd) Cmd {
		return func(args []string) (string, error) {
			*out = append(*out, fmt.Sprintf("-> %s %v", name, args))
			res, err := next(args)
			*out = append(*out, fmt.Sprintf("<- %s %q %v", name, res, err))
			return res, err
		}
	}
}

func Recover() Decorator {
	return func(next Cmd) Cmd {
		return func(args []string) (res string, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("recovered: %v", r)
				}
			}()
			return next(args)
		}
	}
}

func Memo() Decorator {
	cache := map[string]string{}
	hits := 0
	return func(next Cmd) Cmd {
		return func(args []string) (string, error) {
			k := strings.Join(args, "\x00")
			if v, ok := cache[k]; ok {
				hits++
				return fmt.Sprintf("%s (cached %d)", v, hits), nil
			}
			v, err := next(args)
			if err == nil {
				cache[k] = v
			}
			return v, err
		}
	}
}

var ErrUsage = errors.New("usage")

func RequireArgs(n int) Decorator {
	return func(next Cmd) Cmd {
		return func(args []string) (string, error) {
			if len(args) < n {
				return "", fmt.Errorf("need %d args, got %d: %w", n, len(args), ErrUsage)
			}
			return next(args)
		}
	}
}

func main() {
	var log []string
	div := func(args []string) (string, error) {
		var a, b int
		fmt.Sscan(args[0], &a)
		fmt.Sscan(args[1], &b)
		return fmt.Sprint(a / b), nil
	}
	cmd := Chain(div, Logging(&log, "div"), Recover(), RequireArgs(2), Memo())
	for _, in := range []string{"10 2", "7", "10 2", "1 0", "9 3", "10 2"} {
		res, err := cmd(strings.Fields(in))
		fmt.Printf("%-5s => %-16q err=%v usage=%t\n", in, res, err, errors.Is(err, ErrUsage))
	}
	fmt.Println(strings.Join(log, "\n"))
	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	for _, c := range counters {
		c()
		fmt.Print(c(), " ")
	}
	fmt.Println()
}

package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type HandlerFunc func(args []string) (string, error)

type Middleware func(name string, next HandlerFunc) HandlerFunc

var ErrUsage = errors.New("usage error")

type Shell struct {
	cmds  map[string]HandlerFunc
	mws   []Middleware
	trace []string
}

func (s *Shell) Register(name string, h HandlerFunc) {
	for i := len(s.mws) - 1; i >= 0; i-- {
		h = s.mws[i](name, h)
	}
	s.cmds[name] = h
}

func (s *Shell) Exec(line string) {
	args := strings.Fields(line)
	h, ok := s.cmds[args[0]]
	if !ok {
		fmt.Printf("%s: command not found\n", args[0])
		return
	}
	out, err := h(args[1:])
	switch {
	case errors.Is(err, ErrUsage):
		fmt.Printf("%s: %v (try help)\n", args[0], err)
	case err != nil:
		fmt.Printf("%s: %v\n", args[0], err)
	default:
		fmt.Println(out)
	}
}

func main() {
	sh := &Shell{cmds: map[string]HandlerFunc{}}
	calls := map[string]int{}
	counting := func(name string, next HandlerFunc) HandlerFunc {
		return func(args []string) (string, error) {
			calls[name]++
			return next(args)
		}
	}
	recovering := func(name string, next HandlerFunc) HandlerFunc {
		return func(args []string) (out string, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = fmt.Errorf("panic in %s: %v", name, r)
				}
			}()
			return next(args)
		}
	}
	tracing := func(name string, next HandlerFunc) HandlerFunc {
		return func(args []string) (string, error) {
			sh.trace = append(sh.trace, "enter "+name)
			defer func() { sh.trace = append(sh.trace, "leave "+name) }()
			return next(args)
		}
	}
	sh.mws = []Middleware{counting, recovering, tracing}

	sh.Register("echo", func(args []string) (string, error) { return strings.Join(args, " "), nil })
	sh.Register("add", func(args []string) (string, error) {
		if len(args) < 2 {
			return "", fmt.Errorf("need 2 numbers, got %d: %w", len(args), ErrUsage)
		}
		sum := 0
		for _, a := range args {
			n, err := strconv.Atoi(a)
			if err != nil {
				return "", err
			}
			sum += n
		}
		return strconv.Itoa(sum), nil
	})
	sh.Register("div", func(args []string) (string, error) {
		a, _ := strconv.Atoi(args[0])
		b, _ := strconv.Atoi(args[1])
		return strconv.Itoa(a / b), nil
	})
	sh.Register("help", func([]string) (string, error) {
		names := make([]string, 0, len(sh.cmds))
		for n := range sh.cmds {
			names = append(names, n)
		}
		sort.Strings(names)
		return "commands: " + strings.Join(names, ", "), nil
	})
	for _, line := range []string{"echo hello   shell", "add 1 2 39", "add 5", "add 1 x", "div 7 2", "div 1 0", "div 3", "rm -rf /", "help"} {
		fmt.Printf("> %s\n", line)
		sh.Exec(line)
	}
	fmt.Println(calls)
	fmt.Println(len(sh.trace), sh.trace[:4])
}

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type StatusError struct {
	Code int
	Op   string
}

func (e *StatusError) Error() string { return fmt.Sprintf("%s: status %d", e.Op, e.Code) }

func (e *StatusError) Is(target error) bool {
	t, ok := target.(*StatusError)
	if !ok {
		return false
	}
	return (t.Code == 0 || t.Code == e.Code) && (t.Op == "" || t.Op == e.Op)
}

var (
	ErrServer    = &StatusError{Code: 500}
	ErrNotFound  = &StatusError{Code: 404}
	ErrRateLimit = &StatusError{Code: 429}
	ErrGiveUp    = errors.New("giving up")
)

type flaky struct {
	script []int
	calls  int
}

func (f *flaky) fetch(op string) (string, error) {
	code := 200
	if f.calls < len(f.script) {
		code = f.script[f.calls]
	}
	f.calls++
	if code != 200 {
		return "", &StatusError{code, op}
	}
	return fmt.Sprintf("%s ok after %d call(s)", op, f.calls), nil
}

func retry(max int, op func() (string, error)) (string, error) {
	var errs []error
	for i := 0; i < max; i++ {
		res, err := op()
		if err == nil {
			return res, nil
		}
		errs = append(errs, err)
		if errors.Is(err, ErrNotFound) {
			return "", fmt.Errorf("permanent: %w", err)
		}
		if !errors.Is(err, ErrServer) && !errors.Is(err, ErrRateLimit) {
			break
		}
	}
	return "", fmt.Errorf("%w: %w", ErrGiveUp, errors.Join(errs...))
}

func main() {
	scripts := map[string][]int{
		"a-users":  {500, 429},
		"b-orders": {404},
		"c-stock":  {500, 500, 500, 500},
		"d-prices": {},
		"e-weird":  {418, 200},
	}
	for _, name := range []string{"a-users", "b-orders", "c-stock", "d-prices", "e-weird"} {
		f := &flaky{script: scripts[name]}
		res, err := retry(3, func() (string, error) { return f.fetch(name) })
		if err != nil {
			fmt.Printf("%-8s FAIL %v\n", name, err)
			fmt.Printf("         giveup=%t 404=%t 500=%t op-match=%t\n",
				errors.Is(err, ErrGiveUp), errors.Is(err, ErrNotFound), errors.Is(err, ErrServer),
				errors.Is(err, &StatusError{Op: name}))
			var se *StatusError
			if errors.As(err, &se) {
				fmt.Printf("         first status error: %d %s\n", se.Code, se.Op)
			}
			continue
		}
		fmt.Printf("%-8s %s\n", name, res)
	}
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op, pe.Path)
	wrapped := fmt.Errorf("reading config: %w", io.ErrUnexpectedEOF)
	fmt.Println(wrapped, errors.Is(wrapped, io.EOF), errors.Unwrap(wrapped) == io.ErrUnexpectedEOF)
	var target *StatusError
	fmt.Println(errors.As(fmt.Errorf("x: %v", ErrServer), &target), target == nil)
}

package main

import (
	"errors"
	"fmt"
)

type TempError struct {
	Attempt int
}

func (e *TempError) Error() string   { return fmt.Sprintf("temporary failure (attempt %d)", e.Attempt) }
func (e *TempError) Temporary() bool { return true }

var ErrFatal = errors.New("fatal")

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("open: empty name")
	}
	*log = append(*log, "open "+name)
	return &Resource{name, log}, nil
}

func (r *Resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	return nil
}

func retry(attempts int, f func(int) error) error {
	var err error
	for i := 1; i <= attempts; i++ {
		err = f(i)
		if err == nil {
			return nil
		}
		var t interface{ Temporary() bool }
		if !errors.As(err, &t) || !t.Temporary() {
			return fmt.Errorf("giving up after attempt %d: %w", i, err)
		}
		fmt.Println("  retrying after:", err)
	}
	return fmt.Errorf("all %d attempts failed: %w", attempts, err)
}

func work(log *[]string) (err error) {
	a, err := Open("a.txt", log)
	if err != nil {
		return err
	}
	defer a.Close()
	b, err := Open("b.txt", log)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := b.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	for i := 0; i < 3; i++ {
		defer func() { *log = append(*log, fmt.Sprint("deferred ", i)) }()
	}
	*log = append(*log, "working")
	return nil
}

func main() {
	err := retry(5, func(n int) error {
		if n < 3 {
			return &TempError{n}
		}
		return nil
	})
	fmt.Println("result 1:", err)

	err = retry(5, func(n int) error {
		if n == 2 {
			return fmt.Errorf("disk: %w", ErrFatal)
		}
		return &TempError{n}
	})
	fmt.Println("result 2:", err, errors.Is(err, ErrFatal))

	err = retry(2, func(n int) error { return &TempError{n} })
	var te *TempError
	fmt.Println("result 3:", err, errors.As(err, &te), te.Attempt)

	var log []string
	fmt.Println(work(&log))
	for _, l := range log {
		fmt.Println(" ", l)
	}
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == nil)
}

// Exercises: checking error behaviour with an interface assertion (interface{ Temporary() bool }).
package main

import (
	"errors"
	"fmt"
)

type netError struct {
	msg  string
	temp bool
}

func (e *netError) Error() string   { return e.msg }
func (e *netError) Temporary() bool { return e.temp }

type temporary interface {
	Temporary() bool
}

func isTemporary(err error) bool {
	var t temporary
	if errors.As(err, &t) {
		return t.Temporary()
	}
	return false
}

func call(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return &netError{"connection reset", true}
	case 2:
		return fmt.Errorf("dial: %w", &netError{"host unreachable", false})
	default:
		return errors.New("plain failure")
	}
}

func main() {
	for i := 0; i < 4; i++ {
		err := call(i)
		if err == nil {
			fmt.Println(i, "ok")
			continue
		}
		_, direct := err.(temporary)
		fmt.Printf("%d %-22s direct=%v temporary=%v\n", i, err, direct, isTemporary(err))
	}
}

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type timeouter interface{ Timeout() bool }

type netErr struct{ slow bool }

func (e netErr) Error() string { return "net" }
func (e netErr) Timeout() bool { return e.slow }

func main() {
	var err error = fmt.Errorf("load: %w", &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrPermission})
	var to interface{ Timeout() bool }
	if errors.As(err, &to) {
		fmt.Println("timeout?", to.Timeout())
	}
	var t timeouter
	fmt.Println(errors.As(err, &t), t != nil && !t.Timeout())
	fmt.Println(errors.As(fmt.Errorf("w: %w", netErr{true}), &t), t.Timeout())
	_, openErr := os.Open("/definitely/not/here")
	fmt.Println(errors.As(openErr, &to), to.Timeout(), errors.Is(openErr, fs.ErrNotExist))
	var u interface{ Unwrap() error }
	fmt.Println(errors.As(err, &u), u.Unwrap() != nil)
}

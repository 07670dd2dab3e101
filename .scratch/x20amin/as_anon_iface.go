// errors.As into a notebook-declared anonymous interface target (interface{ Timeout() bool })
// where the chain holds a compiled stdlib value (*fs.PathError) that has the method.
// go run:      true
// gobackprop:  both styles: error "Unsupported: a value of type *fs.PathError, which has the
//
//	methods of interface{Timeout() bool}, asserted to that interface of the notebook:
//	gobackprop cannot hold a value of that compiled type in it; ..."
//
// From: errors_x20a_wrap_chain.go (both styles)
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

func main() {
	var err error = &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrPermission}
	var to interface{ Timeout() bool }
	fmt.Println(errors.As(err, &to))
}

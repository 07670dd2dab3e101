// go run:      true false
// gobackprop:  Unsupported: a value of type syscall.Errno, which has the methods of
//
//	main.temporary, asserted to that interface of the notebook: gobackprop cannot
//	hold a value of that compiled type in it ... (clear error; from
//	errors_x13b_http_status.go, both styles: errors.As into a variable of a
//	notebook interface type walks an os.Open error chain)
package main

import (
	"errors"
	"fmt"
	"os"
)

type temporary interface{ Temporary() bool }

func main() {
	_, err := os.Open("/definitely/not/here.txt")
	var tmp temporary
	fmt.Println(errors.As(err, &tmp), tmp.Temporary())
}

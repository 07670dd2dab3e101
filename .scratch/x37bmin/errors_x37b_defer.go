// Reduction of errors_x37b_defer.go (both styles): clear error.
// The book's soleTitle idiom: switch p := recover(); p { case bailout{}: ... }
// go run prints:   bailout
// session reports: CompileError: a switch with an init statement on a value of
//   an interface that may hold your types is not supported by gobackprop: move
//   the init statement before the switch

package main

import "fmt"

type bailout struct{}

func main() {
	defer func() {
		switch p := recover(); p {
		case nil:
		case bailout{}:
			fmt.Println("bailout")
		default:
			panic(p)
		}
	}()
	panic(bailout{})
}

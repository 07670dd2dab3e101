// Exercises: defer LIFO order, deferred arguments evaluated at defer time, deferred closure sees later value
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("deferred arg x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	x = 100
	fmt.Println("end of main, x =", x)
}

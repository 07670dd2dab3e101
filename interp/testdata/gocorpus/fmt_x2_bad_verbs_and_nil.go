// Exercises: fmt's handling of wrong verbs, missing/extra args, nil values and Sprint spacing rules.
package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("a", 1), fmt.Sprint(1, 2), fmt.Sprint("x", "y"))
	var err error
	var p *T
	fmt.Printf("%v %v %+v %s\n", err, p, p, err)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"x"})
	fmt.Printf("%s\n", errors.New("boom"))
	fmt.Printf("%v %s\n", T{1, "x"}, T{2, "y"})
	fmt.Printf("%.2f %d\n", 1, 2.5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%t %v\n", 1, struct{}{})
}

// Exercises: := in if/else-if chains and for headers, shadowed err, scope of variables declared in conditions
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return strconv.Atoi(s)
}

func main() {
	inputs := []string{"12", "", "x7", "40"}
	total := 0
	for i, s := range inputs {
		if n, err := parse(s); err != nil {
			fmt.Printf("%d: error %v\n", i, err)
		} else if n > 20 {
			fmt.Printf("%d: big %d\n", i, n)
			total += n
		} else {
			fmt.Printf("%d: small %d\n", i, n)
			total += n
		}
	}
	fmt.Println("total", total)
	var err error
	if true {
		_, err := parse("")
		_ = err
	}
	fmt.Println("outer err nil:", err == nil)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	x := 1
	for x := 0; x < 3; x++ {
		x := x * 100
		fmt.Print(x, " ")
	}
	fmt.Println(x)
}

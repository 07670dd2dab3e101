// Exercises: if with init statements, shadowing inside branches, and variable scope.
package main

import "fmt"

func compute(x int) (int, error) {
	if x < 0 {
		return 0, fmt.Errorf("negative %d", x)
	}
	return x * x, nil
}

func main() {
	x := 10
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	} else {
		fmt.Println("never", x)
	}
	fmt.Println("outer x", x)
	for _, in := range []int{3, -2} {
		if v, err := compute(in); err != nil {
			fmt.Println("error:", err)
		} else if v > 5 {
			fmt.Println("big", v)
		} else {
			fmt.Println("small", v)
		}
	}
}

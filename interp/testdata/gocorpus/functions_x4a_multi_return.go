// Exercises: functions with multiple return values, named results with naked return, ignoring results with _, functions as values.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func vals() (int, int) { return 3, 7 }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	return a / b, a % b, nil
}

func plusPlus(a, b, c int) int { return a + b + c }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	a, b := vals()
	fmt.Println(a, b)
	_, c := vals()
	fmt.Println(c)
	fmt.Println(split(17))
	q, r, err := divmod(17, 5)
	fmt.Println(q, r, err)
	_, _, err = divmod(1, 0)
	fmt.Println(err)
	fmt.Println(plusPlus(1, 2, 3))
	fmt.Println(apply(func(x, y int) int { return x * y }, 6, 7))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint(vals()))
}

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func f() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered in f", r)
		}
	}()
	fmt.Println("Calling g.")
	g(0)
	fmt.Println("Returned normally from g.")
}

func g(i int) {
	if i > 3 {
		fmt.Println("Panicking!")
		panic(fmt.Sprintf("%v", i))
	}
	defer fmt.Println("Defer in g", i)
	fmt.Println("Printing in g", i)
	g(i + 1)
}

func a() {
	i := 0
	defer fmt.Println(i)
	i++
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i)
	}
}

func c() (i int) {
	defer func() { i++ }()
	return 1
}

// parse converts panics from deep inside into an error, like encoding/json does.
type parseError struct{ msg string }

func parse(fields []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = errors.New(pe.msg)
		}
	}()
	for _, f := range fields {
		sum += mustAtoi(f)
	}
	return sum, nil
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(parseError{"bad number " + strconv.Quote(s)})
	}
	return n
}

func safeDiv(x, y int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return x / y, nil
}

func main() {
	f()
	fmt.Println("Returned normally from f.")
	a()
	b()
	fmt.Println()
	fmt.Println(c())

	fmt.Println(parse([]string{"1", "2", "39"}))
	fmt.Println(parse([]string{"1", "x2", "3"}))

	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)

	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("runtime error?", err.Error())
		}()
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	}()
}

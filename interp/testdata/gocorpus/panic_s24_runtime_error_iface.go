package main

import "fmt"

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(interface{ RuntimeError() }); ok {
				err = fmt.Errorf("caught runtime error: %v", r)
			}
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(divide(1, 0))
}

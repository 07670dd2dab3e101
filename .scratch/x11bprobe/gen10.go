package main

import "fmt"

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	fmt.Println(Must(1, nil))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(0, fmt.Errorf("boom"))
}

// Exercises: recovering an index-out-of-range runtime panic and printing the recovered value.
package main

import "fmt"

func at(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("at(%d): %v", i, r)
		}
	}()
	return xs[i], nil
}

func main() {
	xs := []int{10, 20, 30}
	for _, i := range []int{0, 2, 3, -1 + len(xs)*2} {
		v, err := at(xs, i)
		fmt.Println(v, err)
	}
	arr := [4]string{"a", "b", "c", "d"}
	idx := 7
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(arr[idx%len(arr)])
		fmt.Println(arr[idx])
	}()
	fmt.Println("done")
}

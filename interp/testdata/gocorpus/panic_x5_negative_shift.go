// Exercises: shifts by counts computed at run time, a negative one
// recovered as Go's runtime error.
package main

import "fmt"

func shift(x int, n int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	return x << n, nil
}

func main() {
	for _, n := range []int{0, 3, -2} {
		fmt.Println(shift(5, n))
	}
	var k int8 = 2
	v := uint32(1)
	v <<= k
	fmt.Println(v, 256>>k, -16>>uint(k))
}

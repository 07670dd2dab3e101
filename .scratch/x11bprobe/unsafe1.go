package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c bool
}

type T struct {
	b    int64
	a, c bool
}

func main() {
	fmt.Println(unsafe.Sizeof(int64(0)), unsafe.Sizeof(S{}), unsafe.Sizeof(T{}), unsafe.Alignof(S{}.b), unsafe.Offsetof(S{}.c))
	var x [4]int32
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof(""), unsafe.Sizeof([]int{}))
}

package main

import (
	"fmt"
	"unsafe"
)

type padded struct {
	a bool
	b int64
	c bool
}

type packed struct {
	b    int64
	a, c bool
}

func main() {
	fmt.Println(unsafe.Sizeof(padded{}), unsafe.Sizeof(packed{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(padded{}.c))
	var x int32
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[string]int{}))
}

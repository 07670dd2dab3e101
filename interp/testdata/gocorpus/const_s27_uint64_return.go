// Constants beyond int64 returned as unsigned results, passed, assigned
// and stored.
package main

import "fmt"

const Max = 1<<64 - 1

func max64() uint64 { return 1<<64 - 1 }
func maxC() uint64  { return Max }
func show(u uint64) { fmt.Println(u) }

type Mask uint64

func full() Mask { return 1<<64 - 1 }

func main() {
	fmt.Println(max64(), maxC(), full())
	show(1<<64 - 1)
	show(Max)
	var m uint64
	m = Max
	fmt.Println(m, uint64(Max) == m)
	xs := []uint64{Max, 1 << 63}
	fmt.Println(xs)
}

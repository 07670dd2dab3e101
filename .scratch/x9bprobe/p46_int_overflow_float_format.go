package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var a int32 = math.MaxInt32
	a++
	var b int16 = 300 * 200 / 100
	var u uint = 0
	u--
	fmt.Println(a, b, u == math.MaxUint)
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, float32(x) == float32(0.3), math.Round(x*10)/10)
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 64), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 1<<10>>3, 6&^3, 5^1)
	var f float64 = 1e300
	fmt.Println(f*1e10, int64(math.Pow(2, 62)), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5))
}

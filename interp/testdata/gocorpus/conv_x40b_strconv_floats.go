package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(1e6, 1e21, 123456789.0, 0.000001, 1e-7, 100.0)
	fmt.Println(float32(0.1), float64(float32(0.1)), 1/3.0)
	var f32 float32 = 1.0 / 3
	fmt.Println(f32, f32*3 == 1)
	fmt.Println(math.MaxInt32, math.MinInt64, math.MaxUint16)
	fmt.Println(math.Sqrt(-1), -math.Inf(1), math.Copysign(0, -1), 1/math.Inf(-1))

	for _, f := range []float64{3.14159, 2.5, 1e-10, 123456789, -0.5} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 2, 64),
			strconv.FormatFloat(f, 'g', 3, 64), strconv.FormatFloat(f, 'f', 0, 64))
	}
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-2.5), math.Trunc(-2.7), math.Ceil(2.1))

	v, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(v, err)
	v, err = strconv.ParseFloat("  1.5", 64)
	fmt.Println(v, err)
	v, _ = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(v)
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)

	fmt.Println(strconv.Quote("héllo\n\"x\""), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = strconv.AppendBool(buf, false)
	fmt.Println(string(buf))

	i, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0b101", 0, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)

	// int <-> float conversions
	big := int64(1<<53 + 1)
	fmt.Println(float64(big) == float64(big-1), int64(float64(big)))
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), float64(x/y), x/y*y+x%y)
	fmt.Printf("%v %.3v %8.3g|%-8.2e|\n", 2.0/3, 2.0/3, 1234.5678, 1234.5678)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3), math.Abs(-0.0), math.Hypot(3, 4))
	fmt.Println(math.IsNaN(math.NaN()), math.MaxFloat32, math.SmallestNonzeroFloat64)
}

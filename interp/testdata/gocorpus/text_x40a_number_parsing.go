package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseList(items []string) ([]int, error) {
	var out []int
	var errs []error
	for _, it := range items {
		n, err := strconv.Atoi(it)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)

	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err == strconv.ErrRange)
	}
	bin, _ := strconv.ParseInt("-101", 2, 64)
	oct, _ := strconv.ParseInt("0o17", 0, 64)
	und, _ := strconv.ParseInt("1_000_000", 0, 64)
	fmt.Println(bin, oct, und)

	fmt.Println(strconv.Itoa(-42), strconv.FormatInt(255, 16), strconv.FormatInt(-8, 2))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 32))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, 99, 10)
	buf = strconv.AppendQuote(buf, "q")
	fmt.Println(string(buf))

	nums, err := parseList([]string{"1", "x", "3", "4.5", "7"})
	fmt.Println(nums)
	fmt.Println(err)
	inf, _ := strconv.ParseFloat("-Inf", 64)
	nan, _ := strconv.ParseFloat("NaN", 64)
	fmt.Println(inf, nan != nan)
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32))
}

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%.1f°C (%.1f°F)", float64(t), float64(t)*9/5+32)
			return
		}
		fmt.Fprintf(f, "%.1f°C", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp=%g)", verb, float64(t))
	}
}

type Point struct{ X, Y int }

func (p Point) GoString() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

func main() {
	for _, s := range []string{"42", "-0x1F", "0b101", "0o17", "1_000", "9223372036854775808", "abc", ""} {
		n, err := strconv.ParseInt(s, 0, 64)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%-22q err func=%s range=%v\n", s, ne.Func, errors.Is(err, strconv.ErrRange))
			continue
		}
		fmt.Printf("%-22q %d\n", s, n)
	}
	for _, b := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-255, b), " ", strconv.FormatUint(1<<40, b), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("héllo☺"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(u, err, utf8.RuneCountInString(u), len(u))
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	for _, f := range []float64{3.0, 0.1 + 0.2, 1e21, 1e-7, -0.0, 123456.789} {
		fmt.Print(strconv.FormatFloat(f, 'g', -1, 64), " ", strconv.FormatFloat(f, 'e', 3, 64), " ", strconv.FormatFloat(f, 'f', 2, 32), " | ")
	}
	fmt.Println()
	bs := strconv.AppendBool([]byte("flag="), true)
	bs = strconv.AppendQuote(append(bs, ' '), "x")
	fmt.Println(string(bs))
	t := Temp(21.5)
	fmt.Printf("%v|%+v|%d|%s\n", t, t, t, []Temp{1, 2})
	p := Point{1, 2}
	fmt.Printf("%v %+v %#v %T %q %x %X %08b %o %U %c\n", p, p, p, p, "hi", "hi", 255, 5, 64, 0x1F600, 0x1F600)
	fmt.Printf("%5.1f|%-5d|%05d|%x|% x|%#x|%t|%v\n", 3.14159, 42, -42, -1, []byte{1, 171}, 3054, false, nil)
	fmt.Printf("%[2]d %[1]d %v %d\n", 1, 2, []any{nil, 1.5, "s"}, []int8{-1})
	fmt.Printf("%6.2f%%|%*d|%-*d|\n", 99.5, 4, 7, 3, 1)
	fmt.Println(strings.Repeat("=", 10), fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
}

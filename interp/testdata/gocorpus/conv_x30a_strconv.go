package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func parseSetting(key, raw string) (any, error) {
	switch key {
	case "port":
		n, err := strconv.ParseUint(raw, 10, 16)
		return uint16(n), err
	case "ratio":
		return strconv.ParseFloat(raw, 64)
	case "debug":
		return strconv.ParseBool(raw)
	case "mask":
		return strconv.ParseInt(raw, 0, 32)
	}
	return nil, fmt.Errorf("unknown key %q", key)
}

func main() {
	settings := [][2]string{
		{"port", "8080"}, {"port", "70000"}, {"ratio", "0.75"}, {"ratio", "1e400"},
		{"debug", "T"}, {"debug", "yes"}, {"mask", "0xff"}, {"mask", "0b1010"}, {"mask", "0o17"},
		{"color", "red"},
	}
	for _, s := range settings {
		v, err := parseSetting(s[0], s[1])
		var ne *strconv.NumError
		switch {
		case errors.As(err, &ne):
			fmt.Printf("%-6s %-7q -> %s error (range=%t syntax=%t)\n", s[0], s[1], ne.Func,
				errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
		case err != nil:
			fmt.Printf("%-6s %-7q -> %v\n", s[0], s[1], err)
		default:
			fmt.Printf("%-6s %-7q -> %v (%T)\n", s[0], s[1], v, v)
		}
	}

	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(math.MaxUint64, 36))
	for _, f := range []float64{3.0, 1.0 / 3, 1e21, 123456.789, math.Inf(-1), math.NaN()} {
		fmt.Print(strconv.FormatFloat(f, 'g', -1, 64), " ", strconv.FormatFloat(f, 'f', 2, 64), " | ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(1.5, 'e', 3, 32), strconv.FormatFloat(0.000012, 'G', 4, 64))

	q := strconv.Quote("tab\there \"quoted\" é ☺ \x00")
	fmt.Println(q, strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	uq, err := strconv.Unquote(q)
	fmt.Println(len(uq), err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	raw, _ := strconv.Unquote("`raw\\n`")
	fmt.Println(raw, strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))

	buf := []byte("vals:")
	buf = strconv.AppendInt(buf, -7, 10)
	buf = append(buf, ',')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ',')
	buf = strconv.AppendQuote(buf, "x")
	buf = strconv.AppendFloat(buf, 2.5, 'f', 1, 64)
	fmt.Println(string(buf))

	n, err := strconv.Atoi(" 12")
	fmt.Println(n, err)
	i8, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i8, err)
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err, real(c)+imag(c))
}

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Setting struct {
	Key   string
	Value any
}

func parseValue(s string) (any, error) {
	if b, err := strconv.ParseBool(s); err == nil {
		return b, nil
	}
	if i, err := strconv.ParseInt(s, 0, 64); err == nil {
		return i, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, nil
	}
	if strings.HasPrefix(s, `"`) {
		u, err := strconv.Unquote(s)
		if err != nil {
			return nil, fmt.Errorf("bad string %s: %w", s, err)
		}
		return u, nil
	}
	return s, nil
}

func main() {
	input := `name = "gopher\tone"
port = 0x1F90
debug = true
ratio = 2.5e-1
count = 42
mode = fast
broken = "unterminated
big = 99999999999999999999`

	var settings []Setting
	for i, line := range strings.Split(input, "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		val, err := parseValue(v)
		if err != nil {
			fmt.Printf("line %d: %v\n", i+1, err)
			continue
		}
		settings = append(settings, Setting{k, val})
	}
	for _, s := range settings {
		fmt.Printf("%-6s %-8T %v\n", s.Key, s.Value, s.Value)
	}

	_, err := strconv.Atoi("12a")
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", strconv.Quote(numErr.Num), "err:", numErr.Err)
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<40, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 32))
	fmt.Println(strconv.Quote("héllo\n"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	b := []byte("vals:")
	b = strconv.AppendInt(b, 7, 10)
	b = append(b, ',')
	b = strconv.AppendBool(b, false)
	b = append(b, ',')
	b = strconv.AppendQuote(b, "x")
	fmt.Println(string(b))
	fmt.Println(strconv.Itoa(-0), strconv.IsPrint('\u00ad'), strconv.CanBackquote("a`b"))
}

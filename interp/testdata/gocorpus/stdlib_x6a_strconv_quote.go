// Exercises: strconv quoting and unquoting, Itoa/Atoi errors, FormatInt bases, ParseBool, AppendQuote, %q verbs
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("tab\there \"q\" é ☺"), strconv.QuoteToASCII("é☺"))
	fmt.Println(strconv.QuoteRune('\n'), strconv.Quote("\x00\xff"))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%s %v\n", u, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	n, err := strconv.Atoi("12a")
	var ne *strconv.NumError
	fmt.Println(n, err, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	i, _ := strconv.ParseInt("-0x1F", 0, 64)
	b, _ := strconv.ParseBool("T")
	fmt.Println(i, b)
	out := strconv.AppendQuote([]byte("x="), "y")
	fmt.Println(string(out))
	fmt.Printf("%q %+q %#q %x\n", "é", "é", "back`tick", "hi")
	f := strconv.FormatFloat(1.0/3, 'g', 5, 64)
	fmt.Println(f, strconv.FormatFloat(1e21, 'f', -1, 64))
}

package main

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

const input = `# inventory file
name=widget; qty=12; price=3.50
name=gadget; qty=x; price=10
name="big thing"; qty=1; price=1e3

name=tiny;qty=1000;price=0.001
broken line
`

type Rec struct {
	Name  string
	Qty   int
	Price float64
}

func parseLine(line string) (Rec, error) {
	var r Rec
	for _, field := range strings.Split(line, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(field), "=")
		if !ok {
			return r, fmt.Errorf("no '=' in %q", field)
		}
		switch k {
		case "name":
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			r.Name = v
		case "qty":
			n, err := strconv.Atoi(v)
			if err != nil {
				return r, fmt.Errorf("qty: %w", err)
			}
			r.Qty = n
		case "price":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				return r, err
			}
			r.Price = f
		}
	}
	return r, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	var recs []Rec
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		recs = append(recs, r)
	}
	total := 0.0
	for _, r := range recs {
		v := float64(r.Qty) * r.Price
		total += v
		fmt.Printf("%-10s|%5d|%9.3f|%10s\n", r.Name, r.Qty, r.Price, strconv.FormatFloat(v, 'f', -1, 64))
	}
	fmt.Println("total:", strconv.FormatFloat(total, 'g', 6, 64))
	ws := bufio.NewScanner(strings.NewReader("the quick  brown\tfox\njumps"))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
	}
	fmt.Println("words:", n)
	fmt.Println(strconv.Quote("tab\there \"q\" ü"), strconv.QuoteToASCII("ü☺"), strconv.Itoa(-0))
	for _, s := range []string{"0x1F", "0b101", "0o17", "1_000", "-12", "9223372036854775808"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22s %d %v\n", s, v, err)
	}
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("a<b && c>d"))
	fmt.Println(strings.Title("x"), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go.go", ".go"), strings.LastIndex("go gopher", "go"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	b, _ := strconv.ParseBool("TRUE")
	fmt.Println(b, strconv.AppendInt([]byte("n="), 42, 10), string(strconv.AppendQuoteRune(nil, 'é')))
}

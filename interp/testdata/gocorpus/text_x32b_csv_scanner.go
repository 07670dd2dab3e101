package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

const sales = `region,product,units,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,5,9.50
east,widget,7,2.75
south,widget,"12",2.40
west,"doohickey, large",1,99.99
north,widget,bad,1.00
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	fmt.Println("columns:", header)
	var out []Sale
	var errs []error
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		out = append(out, Sale{rec[0], rec[1], units, price})
	}
	return out, errs
}

func main() {
	rows, errs := parse(strings.NewReader(sales))
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	byRegion := map[string]float64{}
	for _, s := range rows {
		byRegion[s.Region] += float64(s.Units) * s.Price
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	for _, r := range regions {
		fmt.Printf("%-6s %8.2f\n", r, byRegion[r])
	}

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"region", "revenue"})
	for _, r := range regions {
		w.Write([]string{r, strconv.FormatFloat(byRegion[r], 'f', 2, 64)})
	}
	w.Write([]string{"note", `has "quotes", and commas`})
	w.Flush()
	fmt.Print(sb.String())

	sc := bufio.NewScanner(strings.NewReader("first line\nsecond  line here\n\nlast"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q words=%d\n", n, sc.Text(), len(strings.Fields(sc.Text())))
	}
	ws := bufio.NewScanner(strings.NewReader("count these   words\nplease"))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
	}
	fmt.Println("words:", count)

	br := bufio.NewReader(strings.NewReader("alpha;beta;gamma"))
	for {
		tok, err := br.ReadString(';')
		fmt.Printf("%q ", strings.TrimSuffix(tok, ";"))
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	bw := bufio.NewWriter(&sb)
	sb.Reset()
	fmt.Fprintf(bw, "buffered %d", 42)
	fmt.Println(sb.Len())
	bw.Flush()
	fmt.Println(sb.String())
}

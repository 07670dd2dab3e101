package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,19.99
"east, far",widget,20,2.45
south,gizmo,x,4.00
east,gadget,1,21.00
north,widget,5,2.50
`

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	_ = header
	var sales []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", line, err))
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Println("skip:", e, ne.Func, ne.Num, errors.Is(e, strconv.ErrSyntax))
		}
	}
	type key struct{ region, product string }
	totals := map[key]float64{}
	units := map[key]int{}
	for _, s := range sales {
		k := key{s.Region, s.Product}
		totals[k] += float64(s.Units) * s.Price
		units[k] += s.Units
	}
	keys := make([]key, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].region != keys[j].region {
			return keys[i].region < keys[j].region
		}
		return keys[i].product < keys[j].product
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\tproduct\tunits\trevenue\t")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.2f\t\n", k.region, k.product, units[k], totals[k])
	}
	tw.Flush()

	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	_ = w.Write([]string{"a;b", `say "hi"`, "plain", "multi\nline"})
	w.Flush()
	fmt.Println(w.Error())
}

package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.25
south,gadget,bad,10.00
east,gizmo,1,99.99
north,widget,5,2.50
`

type Row struct {
	Region, Product string
	Units           int
	Price           float64
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func load(r io.Reader) ([]Row, []error) {
	cr := csv.NewReader(r)
	var rows []Row
	var errs []error
	line := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if line == 1 {
			continue
		}
		u, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, &ParseError{line, err})
			continue
		}
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, Row{rec[0], rec[1], u, p})
	}
	return rows, errs
}

func main() {
	rows, errs := load(strings.NewReader(data))
	for _, e := range errs {
		var pe *ParseError
		if errors.As(e, &pe) {
			fmt.Println("skip:", pe.Line, errors.Unwrap(e))
		}
	}
	type key struct{ region, product string }
	totals := map[key]float64{}
	for _, r := range rows {
		totals[key{r.Region, r.Product}] += float64(r.Units) * r.Price
	}
	keys := make([]key, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.region, b.region); c != 0 {
			return c
		}
		return strings.Compare(a.product, b.product)
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "region\tproduct\trevenue\t")
	var grand float64
	for _, k := range keys {
		fmt.Fprintf(w, "%s\t%s\t%.2f\t\n", k.region, k.product, totals[k])
		grand += totals[k]
	}
	fmt.Fprintf(w, "\tTOTAL\t%.2f\t\n", grand)
	w.Flush()
}

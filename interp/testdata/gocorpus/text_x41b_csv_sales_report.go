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
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.00
East,Gizmo,,7.25
South,Gadget,7,10.00
"West, Outer",Widget,1,2.50
North,Widget,5,abc
East,Gizmo,8,7.25
`

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func parseSales(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
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
			errs = append(errs, &ParseError{line, err})
			continue
		}
		units, err := strconv.Atoi(rec[idx["units"]])
		if err != nil {
			errs = append(errs, &ParseError{line, err})
			continue
		}
		price, err := strconv.ParseFloat(rec[idx["price"]], 64)
		if err != nil {
			errs = append(errs, &ParseError{line, err})
			continue
		}
		sales = append(sales, Sale{rec[idx["region"]], rec[idx["product"]], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parseSales(strings.NewReader(data))
	for _, e := range errs {
		var ne *strconv.NumError
		fmt.Println("skip:", e, errors.As(e, &ne))
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
		byProduct[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", r, byRegion[r])
	}
	tw.Flush()
	fmt.Println(byProduct)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units", "note"})
	for _, p := range []string{"Gadget", "Gizmo", "Widget"} {
		w.Write([]string{p, strconv.Itoa(byProduct[p]), `said "ok", done`})
	}
	w.Flush()
	fmt.Println(w.Error())
}

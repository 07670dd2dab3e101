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

const data = `region,product,units,unit_price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,19.99
east,"gizmo, deluxe",1,149.00
south,gadget,5,19.99
north,widget,8,2.45
west,widget,x,2.50
east,widget,4,2.50
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

type rowError struct {
	line int
	err  error
}

func (e *rowError) Error() string { return fmt.Sprintf("line %d: %v", e.line, e.err) }
func (e *rowError) Unwrap() error { return e.err }

func readSales(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	var sales []Sale
	var errs []error
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			errs = append(errs, &rowError{line, err})
			continue
		}
		units, err := strconv.Atoi(rec[col["units"]])
		if err != nil {
			errs = append(errs, &rowError{line, err})
			continue
		}
		price, _ := strconv.ParseFloat(rec[col["unit_price"]], 64)
		sales = append(sales, Sale{rec[col["region"]], rec[col["product"]], units, price})
	}
	return sales, errs
}

type agg struct {
	units   int
	revenue float64
}

func main() {
	sales, errs := readSales(strings.NewReader(data))
	for _, e := range errs {
		var ne *strconv.NumError
		fmt.Println("skip:", e, errors.As(e, &ne))
	}
	byRegion := map[string]*agg{}
	byProduct := map[string]*agg{}
	for _, s := range sales {
		for _, m := range []struct {
			tbl map[string]*agg
			key string
		}{{byRegion, s.Region}, {byProduct, s.Product}} {
			a := m.tbl[m.key]
			if a == nil {
				a = &agg{}
				m.tbl[m.key] = a
			}
			a.units += s.Units
			a.revenue += float64(s.Units) * s.Price
		}
	}
	print := func(title string, tbl map[string]*agg) {
		keys := make([]string, 0, len(tbl))
		for k := range tbl {
			keys = append(keys, k)
		}
		slices.SortFunc(keys, func(a, b string) int {
			if c := tbl[b].revenue - tbl[a].revenue; c != 0 {
				if c > 0 {
					return 1
				}
				return -1
			}
			return strings.Compare(a, b)
		})
		tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
		fmt.Fprintf(tw, "%s\tunits\trevenue\t\n", title)
		for _, k := range keys {
			fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", k, tbl[k].units, tbl[k].revenue)
		}
		tw.Flush()
	}
	print("region", byRegion)
	print("product", byProduct)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "note"})
	w.Write([]string{"gizmo, deluxe", `says "hi"`})
	w.Flush()
	fmt.Println(w.Error())
}

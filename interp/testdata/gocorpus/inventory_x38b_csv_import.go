package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const data = `sku,name,qty,price,discontinued
A-1,"Widget, small",10,2.50,false
A-2,Widget large,4,7.25,false
B-7,Gadget,x,3.00,false
C-3,"Gizmo ""Pro""",0,19.99,true
D-9,Doohickey,12,0.75,maybe
E-5,Thingamajig,3,12.00,false
`

type Product struct {
	SKU          string
	Name         string
	Qty          int
	Price        float64
	Discontinued bool
}

type RowError struct {
	Line int
	Col  string
	Err  error
}

func (e *RowError) Error() string {
	return fmt.Sprintf("line %d, column %s: %v", e.Line, e.Col, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

func parseRow(line int, rec []string) (Product, error) {
	p := Product{SKU: rec[0], Name: rec[1]}
	var err error
	if p.Qty, err = strconv.Atoi(rec[2]); err != nil {
		return p, &RowError{line, "qty", err}
	}
	if p.Price, err = strconv.ParseFloat(rec[3], 64); err != nil {
		return p, &RowError{line, "price", err}
	}
	if p.Discontinued, err = strconv.ParseBool(rec[4]); err != nil {
		return p, &RowError{line, "discontinued", err}
	}
	return p, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("columns:", len(header), header)
	var products []Product
	var problems []error
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			problems = append(problems, err)
			continue
		}
		p, err := parseRow(line, rec)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		products = append(products, p)
	}
	value := 0.0
	for _, p := range products {
		flag := ""
		if p.Discontinued {
			flag = " (discontinued)"
		}
		value += float64(p.Qty) * p.Price
		fmt.Printf("%-4s %-14q %3d @ %6.2f%s\n", p.SKU, p.Name, p.Qty, p.Price, flag)
	}
	fmt.Printf("stock value: %.2f\n", value)
	for _, e := range problems {
		var re *RowError
		var ne *strconv.NumError
		if errors.As(e, &re) && errors.As(e, &ne) {
			fmt.Printf("skip %v [func=%s]\n", re, ne.Func)
		}
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"sku", "reorder"})
	for _, p := range products {
		if p.Qty < 5 && !p.Discontinued {
			w.Write([]string{p.SKU, strconv.Itoa(10 - p.Qty)})
		}
	}
	w.Write([]string{"note", "needs \"quotes\", commas"})
	w.Flush()
	fmt.Println(w.Error())
}

package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const data = `id,name,price,tags,in_stock
1,"Widget, large",12.50,tools;metal,true
2,Gadget,7.25,,false
3,"Thing ""special""",100,misc,true
`

type Product struct {
	ID      int      `json:"id"`
	Name    string   `json:"name"`
	Price   float64  `json:"price"`
	Tags    []string `json:"tags,omitempty"`
	InStock bool     `json:"in_stock"`
}

func parseRow(header, row []string) (Product, error) {
	var p Product
	for i, h := range header {
		v := row[i]
		var err error
		switch h {
		case "id":
			p.ID, err = strconv.Atoi(v)
		case "name":
			p.Name = v
		case "price":
			p.Price, err = strconv.ParseFloat(v, 64)
		case "tags":
			if v != "" {
				p.Tags = strings.Split(v, ";")
			}
		case "in_stock":
			p.InStock, err = strconv.ParseBool(v)
		default:
			err = fmt.Errorf("unknown column %q", h)
		}
		if err != nil {
			return p, fmt.Errorf("column %s: %w", h, err)
		}
	}
	return p, nil
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var products []Product
	for _, rec := range records[1:] {
		p, err := parseRow(records[0], rec)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		products = append(products, p)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(products); err != nil {
		fmt.Println(err)
	}
	compact, _ := json.Marshal(products[1])
	fmt.Println(string(compact))
	_, err = parseRow([]string{"id"}, []string{"x1"})
	fmt.Println(err)
}

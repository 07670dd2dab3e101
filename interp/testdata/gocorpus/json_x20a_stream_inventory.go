package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Product struct {
	Name     string   `json:"name"`
	Price    float64  `json:"price"`
	Stock    int      `json:"stock"`
	Tags     []string `json:"tags"`
	Supplier *struct {
		Name    string `json:"name"`
		Country string `json:"country"`
	} `json:"supplier,omitempty"`
}

const stream = `
{"name":"pen","price":1.5,"stock":100,"tags":["office"]}
{"name":"lamp","price":24.99,"stock":3,"tags":["home","light"],"supplier":{"name":"Lux","country":"SE"}}
{"name":"mug","price":7,"stock":0,"tags":[]}
{"name":"desk","price":199,"stock":2,"tags":["office","home"],"supplier":{"name":"Oak","country":"DE"}}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	var products []Product
	for {
		var p Product
		err := dec.Decode(&p)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		products = append(products, p)
	}
	byTag := map[string][]string{}
	value := 0.0
	for _, p := range products {
		for _, t := range p.Tags {
			byTag[t] = append(byTag[t], p.Name)
		}
		value += p.Price * float64(p.Stock)
	}
	fmt.Printf("%d products, stock value %.2f\n", len(products), value)
	fmt.Println(byTag)
	sort.Slice(products, func(i, j int) bool { return products[i].Price > products[j].Price })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, p := range products {
		if p.Stock == 0 {
			continue
		}
		enc.Encode(struct {
			Name    string `json:"n"`
			Country string `json:"c,omitempty"`
		}{p.Name, func() string {
			if p.Supplier != nil {
				return p.Supplier.Country
			}
			return ""
		}()})
	}
	fmt.Print(buf.String())
	tokDec := json.NewDecoder(strings.NewReader(`{"a":[1,"x",true,null],"b":{"c":2.5}}`))
	depth := 0
	for {
		tok, err := tokDec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				depth++
			} else {
				depth--
			}
			fmt.Printf("%s%v\n", strings.Repeat(" ", depth), v)
		default:
			fmt.Printf("%s%T:%v\n", strings.Repeat(" ", depth), v, v)
		}
	}
	var nums []int
	err := json.Unmarshal([]byte(`[1, 2, 3.5]`), &nums)
	fmt.Println(nums, err)
	valid := json.Valid([]byte(`{"x":}`))
	var out bytes.Buffer
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(valid, out.String())
}

// Exercises: XML - encoding/xml with XMLName, attributes, chardata, omitempty, nested a>b paths; MarshalIndent and Unmarshal back
package main

import (
	"encoding/xml"
	"fmt"
)

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

type Book struct {
	XMLName xml.Name `xml:"book"`
	ISBN    string   `xml:"isbn,attr"`
	Lang    string   `xml:"lang,attr,omitempty"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Price   Price    `xml:"price"`
	Note    string   `xml:"note,omitempty"`
}

type Shelf struct {
	XMLName xml.Name `xml:"library"`
	Room    int      `xml:"room,attr"`
	Books   []Book   `xml:"shelf>book"`
}

func main() {
	b := Book{ISBN: "978-1", Title: "Go & You", Authors: []string{"Ann", "Bo"}, Price: Price{"EUR", 12.5}}
	out, err := xml.MarshalIndent(b, "", "  ")
	fmt.Println(string(out), err)

	lib := Shelf{Room: 3, Books: []Book{b, {ISBN: "978-2", Lang: "fr", Title: "Le <Go>", Price: Price{"USD", 9}}}}
	out, _ = xml.MarshalIndent(lib, "", " ")
	fmt.Println(xml.Header + string(out))

	var back Shelf
	if err := xml.Unmarshal(out, &back); err != nil {
		panic(err)
	}
	for _, bk := range back.Books {
		fmt.Printf("%s %q lang=%q authors=%v price=%v %s\n", bk.ISBN, bk.Title, bk.Lang, bk.Authors, bk.Price.Amount, bk.Price.Currency)
	}
	fmt.Println(back.Room, back.XMLName.Local)

	compact, _ := xml.Marshal(Price{"GBP", 1.25})
	fmt.Println(string(compact))
	var p Price
	err = xml.Unmarshal([]byte(`<price currency="JPY">300</price>`), &p)
	fmt.Println(p, err)
}

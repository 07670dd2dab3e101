package main

import (
	"encoding/xml"
	"fmt"
)

type Book struct {
	XMLName xml.Name `xml:"book"`
	ID      string   `xml:"id,attr"`
	Title   string   `xml:"title"`
	Authors []string `xml:"authors>author"`
	Year    int      `xml:"year,omitempty"`
	Comment string   `xml:",comment"`
}

func main() {
	var b Book
	err := xml.Unmarshal([]byte(`<book id="x1"><title>Go</title><authors><author>A</author><author>B</author></authors><year>abc</year></book>`), &b)
	fmt.Println(err)
	fmt.Printf("%+v\n", b)
	err = xml.Unmarshal([]byte(`<magazine/>`), &b)
	fmt.Println(err)
	out, err := xml.Marshal(Book{ID: "2", Title: "T <&>", Comment: " note "})
	fmt.Println(string(out), err)
	_, err = xml.Marshal(map[string]int{"a": 1})
	fmt.Println(err)
	_, err = xml.Marshal(make(chan int))
	fmt.Println(err)
}

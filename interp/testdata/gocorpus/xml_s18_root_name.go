// Exercises: encoding/xml marshalling a struct of the program without an XMLName field, by value and by pointer, with attributes, chardata and a nested struct.
package main

import (
	"encoding/xml"
	"fmt"
)

type Money struct {
	Value float64 `xml:"value"`
}

type Item struct {
	Name  string `xml:"name,attr"`
	Cost  Money  `xml:"cost"`
	notes string
}

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

func main() {
	out, err := xml.Marshal(Price{"GBP", 1.25})
	fmt.Printf("%s %v\n", out, err)
}

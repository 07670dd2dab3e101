// Go prints `<Price currency="GBP">1.25</Price> <nil>` (with no XMLName field encoding/xml names the element after the type); the session returns the error "xml: unsupported type: struct { Currency string ...}" and empty output.
package main

import (
	"encoding/xml"
	"fmt"
)

type Price struct {
	Currency string  `xml:"currency,attr"`
	Amount   float64 `xml:",chardata"`
}

func main() {
	out, err := xml.Marshal(Price{"GBP", 1.25})
	fmt.Printf("%s %v\n", out, err)
}

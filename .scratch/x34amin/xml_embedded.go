// Go prints:
//
//	<Item><title>t</title><guid>g</guid></Item> <nil>
//	"x" "y" <nil>
//
// The session (both styles) prints, with no error - SILENT:
//
//	xml: unsupported type: struct { Common struct { Title string "xml:\"title\"" }; GUID string "xml:\"guid\"" }
//	"" "y" <nil>
//
// encoding/xml does not see the embedded struct as embedded: xml.Marshal
// fails on the value, xml.Unmarshal leaves the promoted field empty. In the
// full program (xml_x34a_rss_feed.go) Marshal instead wrapped the promoted
// fields in an extra <Common> element and Unmarshal lost Title and Link.
package main

import (
	"encoding/xml"
	"fmt"
)

type Common struct {
	Title string `xml:"title"`
}

type Item struct {
	Common
	GUID string `xml:"guid"`
}

func main() {
	b, err := xml.Marshal(Item{Common{"t"}, "g"})
	fmt.Println(string(b), err)
	var it Item
	err = xml.Unmarshal([]byte(`<Item><title>x</title><guid>y</guid></Item>`), &it)
	fmt.Printf("%q %q %v\n", it.Title, it.GUID, err)
}

package main

import (
	"encoding/xml"
	"fmt"
	"reflect"
	"sort"
)

type Temp float64
type ID int
type IDs []ID

type Item struct {
	XMLName xml.Name `xml:"item"`
	ID      ID       `xml:"id,attr"`
	T       Temp     `xml:"temp"`
}

func main() {
	var a, b, c any = Temp(1), Temp(1), 1.0
	fmt.Println(a == b, a == c, a == any(Temp(2)))
	m := map[any]string{Temp(1): "temp", 1.0: "float", ID(1): "id", 1: "int"}
	fmt.Println(len(m), m[Temp(1)], m[1.0], m[ID(1)], m[1])
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c), reflect.DeepEqual(IDs{1}, IDs{1}))
	ids := IDs{3, 1, 2}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	fmt.Println(ids)
	out, err := xml.Marshal(Item{ID: 7, T: 21.5})
	fmt.Println(string(out), err)
	var back Item
	err = xml.Unmarshal(out, &back)
	fmt.Println(back.ID, back.T, err)
	switch v := a.(type) {
	case float64:
		fmt.Println("float64", v)
	case Temp:
		fmt.Println("Temp", v)
	}
	_, isF := a.(float64)
	fmt.Println(isF)
}

// Go prints `level=INFO msg=m u="{Name:ann age:3}"` and JSON {"Name":"ann"}; the session prints the field as "Xage" in text and adds "Xage":3 to the JSON.
package main

import (
	"bytes"
	"fmt"
	"log/slog"
)

type user struct {
	Name string
	age  int
}

func main() {
	var b bytes.Buffer
	noTime := func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	slog.New(slog.NewTextHandler(&b, &slog.HandlerOptions{ReplaceAttr: noTime})).Info("m", "u", user{"ann", 3})
	slog.New(slog.NewJSONHandler(&b, &slog.HandlerOptions{ReplaceAttr: noTime})).Info("m", "u", user{"ann", 3})
	fmt.Print(b.String())
}

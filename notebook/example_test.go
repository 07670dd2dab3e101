package notebook_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/gobackprop/gobackprop/display"
	"github.com/gobackprop/gobackprop/notebook"
)

// A generated notebook with one executed cell, written as Jupyter would
// write it. Ids are set by hand only to make the output reproducible; Add
// gives each cell a random one.
func ExampleNotebook_Write() {
	nb := notebook.New("gobackprop", "Go (gobackprop)", "go")
	nb.Add(notebook.MarkdownCell, "# Gates\nA multiply gate swaps its inputs.").ID = "intro"
	cell := nb.Add(notebook.CodeCell, `fmt.Println("hi")`)
	cell.ID = "hello"

	rec := notebook.NewRecorder(nb, cell)
	rec.Stream("stdout", "hi\n")
	rec.Result(display.TextBundle("3"), nil, 1)

	if err := nb.Write(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//  "cells": [
	//   {
	//    "cell_type": "markdown",
	//    "id": "intro",
	//    "metadata": {},
	//    "source": [
	//     "# Gates\n",
	//     "A multiply gate swaps its inputs."
	//    ]
	//   },
	//   {
	//    "cell_type": "code",
	//    "execution_count": 1,
	//    "id": "hello",
	//    "metadata": {},
	//    "outputs": [
	//     {
	//      "name": "stdout",
	//      "output_type": "stream",
	//      "text": [
	//       "hi\n"
	//      ]
	//     },
	//     {
	//      "data": {
	//       "text/plain": [
	//        "3"
	//       ]
	//      },
	//      "execution_count": 1,
	//      "metadata": {},
	//      "output_type": "execute_result"
	//     }
	//    ],
	//    "source": [
	//     "fmt.Println(\"hi\")"
	//    ]
	//   }
	//  ],
	//  "metadata": {
	//   "kernelspec": {
	//    "display_name": "Go (gobackprop)",
	//    "language": "go",
	//    "name": "gobackprop"
	//   },
	//   "language_info": {
	//    "name": "go"
	//   }
	//  },
	//  "nbformat": 4,
	//  "nbformat_minor": 5
	// }
}

// Outputs shown in a terminal, for example by a headless run.
func ExampleOutput_PlainText() {
	nb := notebook.New("gobackprop", "Go (gobackprop)", "go")
	cell := nb.Add(notebook.CodeCell, "")
	rec := notebook.NewRecorder(nb, cell)
	rec.Stream("stdout", "loss 0.5\n")
	rec.Error("panic", "autodiff: MatMul: (2x3) x (2x3)", []string{"cell 1, line 4"})
	for _, out := range cell.Outputs {
		fmt.Println(strings.TrimSuffix(out.PlainText(), "\n"))
	}
	// Output:
	// loss 0.5
	// panic: autodiff: MatMul: (2x3) x (2x3)
	// cell 1, line 4
}

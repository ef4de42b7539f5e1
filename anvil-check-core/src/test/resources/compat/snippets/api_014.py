import imp
